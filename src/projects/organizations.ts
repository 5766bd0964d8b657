/**
 * Organization limits across configs: OpenAI's tier rates and monthly usage limit are per
 * organization, so a run that prices several configs checks them once, on the sum of the configs
 * that share an organization (`organization.id`; configs without one share the default). Pure.
 */
import { formatPath, type ConfigError } from '../config/errors.js'
import type { LoadedConfig } from '../config/load.js'
import type { OrganizationConfig } from '../config/schema.js'
import type { Evaluation } from '../evaluate.js'
import { organizationFindings, type Finding } from '../gate/gate.js'
import { concurrencyFindings } from '../gate/concurrency.js'
import type { WorkloadCost } from '../pricing/engine.js'
import { poolHeads, type Member } from './pool.js'

/** The settings that must agree between the configs of one organization (`limits` per model). */
const SHARED_SETTINGS = ['tier', 'provider', 'monthly_usage_limit_usd'] as const

/** The organization one config's workloads run under: its id, or the default one. */
export function organizationId(loaded: LoadedConfig): string {
  return loaded.config.organization?.id ?? ''
}

function describeId(id: string): string {
  return id === '' ? 'the default organization (no organization.id)' : `organization "${id}"`
}

/** Where a setting was first written: its config and value. */
interface Setter {
  loaded: LoadedConfig
  config: string
  value: unknown
}

export interface OrganizationGroup {
  id: string
  /** The settings of every config in the group, merged: each is written once or agrees. */
  organization: OrganizationConfig
  /** Which config wrote each setting (a dotted path: tier, limits.gpt-image-2). */
  setBy: Map<string, Setter>
  members: Member[]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The head configs grouped by organization, their settings merged. Two configs of one
 * organization that set one setting to different values are an error in the second, naming both.
 */
export function groupOrganizations(heads: readonly { config: string; loaded: LoadedConfig }[]): { groups: OrganizationGroup[]; errors: ConfigError[] } {
  const groups = new Map<string, OrganizationGroup>()
  const errors: ConfigError[] = []
  for (const member of heads) {
    const id = organizationId(member.loaded)
    let group = groups.get(id)
    if (!group) groups.set(id, (group = { id, organization: {}, setBy: new Map(), members: [] }))
    group.members.push(member)
    const org = member.loaded.config.organization
    if (!org) continue
    const settings: [string, unknown, (string | number)[]][] = SHARED_SETTINGS.filter((key) => org[key] !== undefined).map((key) => [key, org[key], ['organization', key]])
    for (const [model, limits] of Object.entries(org.limits ?? {})) settings.push([`limits.${model}`, limits, ['organization', 'limits', model]])
    for (const [setting, value, path] of settings) {
      const first = group.setBy.get(setting)
      if (!first) {
        group.setBy.set(setting, { loaded: member.loaded, config: member.config, value })
        continue
      }
      if (same(first.value, value)) continue
      const firstAt = first.loaded.locator.locate(path)?.line
      const here = member.loaded.locator.locate(path)
      errors.push({
        file: member.loaded.file,
        ...(here ? { line: here.line, column: here.column } : {}),
        path: formatPath(path),
        message:
          `${describeId(id)} has ${setting} ${JSON.stringify(value)} here but ${JSON.stringify(first.value)} in ${first.config}${firstAt ? ` (line ${firstAt})` : ''}; ` +
          `expected the configs of one organization to agree (write the same value, or give them different organization.id values)`
      })
    }
  }
  for (const group of groups.values()) group.organization = mergedOrganization(group)
  return { groups: [...groups.values()], errors }
}

function mergedOrganization(group: OrganizationGroup): OrganizationConfig {
  const merged: Record<string, unknown> = {}
  const limits: Record<string, unknown> = {}
  for (const [setting, { value }] of group.setBy) {
    if (setting.startsWith('limits.')) limits[setting.slice('limits.'.length)] = value
    else merged[setting] = value
  }
  if (Object.keys(limits).length > 0) merged.limits = limits
  if (group.id !== '') merged.id = group.id
  return merged as OrganizationConfig
}

/**
 * The organization rules on the sum of one group's head workloads. Each finding names the config
 * of the workload or setting it points at; rates are broken down by workload and config.
 */
export function summedOrganizationFindings(group: OrganizationGroup, evaluations: ReadonlyMap<string, Evaluation>): Finding[] {
  const org = group.organization
  const pool = poolHeads(group.members, evaluations)
  const first = group.members[0]
  if (!first) return []
  const label = (c: WorkloadCost) => `${c.workload.name} (${pool.ownerOf(c.workload)?.config ?? '?'})`
  const concurrency = concurrencyFindings({ catalog: first.loaded.pricing.catalog, workloads: pool.workloads, at: pool.at, label })
  if (org.tier === undefined && org.limits === undefined && org.monthly_usage_limit_usd === undefined) return concurrency
  // The tier tables come from the first config's catalog: the built-in one unless it applies a team catalog.
  return [...concurrency, ...organizationFindings({
    organization: org,
    catalog: first.loaded.pricing.catalog,
    head: pool,
    label,
    atWorkload: pool.at,
    atOrganization: (field) => {
      const setter = group.setBy.get(field)
      if (!setter) return {}
      const at = setter.loaded.locator.locate(['organization', field])
      return { config: setter.config, ...(at ? { line: at.line, column: at.column } : {}) }
    }
  })]
}
