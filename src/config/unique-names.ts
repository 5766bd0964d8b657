/** Workload names must be unique: shared by the schema's check and the fast parser's caller. */
export interface DuplicateName {
  /** Index of the workload that repeats a name. */
  index: number
  /** Index of the workload that used it first. */
  first: number
  name: string
}

export function duplicateNames(workloads: readonly { name: string }[]): DuplicateName[] {
  const seen = new Map<string, number>()
  const duplicates: DuplicateName[] = []
  workloads.forEach((w, index) => {
    const first = seen.get(w.name)
    if (first === undefined) seen.set(w.name, index)
    else duplicates.push({ index, first, name: w.name })
  })
  return duplicates
}

export function duplicateNameMessage(name: string, first: number): string {
  return `duplicate workload name "${name}" (first used by workloads[${first}]); expected unique names`
}
