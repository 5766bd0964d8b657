/**
 * The GitHub Actions runner's protocol, as @actions/core speaks it: inputs from INPUT_* variables,
 * workflow commands on stdout (`::error file=...::message`, `::add-mask::`), and the file commands
 * that append to $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY.
 *
 * Written here rather than imported: @actions/core also loads an HTTP client (for OIDC tokens)
 * and a process runner at start-up, which took about 60 ms of every action run for functions
 * this action never calls. The formats follow @actions/core 3 exactly; the end-to-end test reads
 * them back the way the runner does.
 */
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export interface WorkflowCommandPorts {
  env: Readonly<Record<string, string | undefined>>
  /** Writes to the step's log (stdout), where the runner reads workflow commands. */
  write: (text: string) => void
  appendFile: (path: string, text: string) => void
  fileExists: (path: string) => boolean
  /** Sets the exit code the process ends with. */
  setExitCode: (code: number) => void
  /** A number in [0, 1), as Math.random; output delimiters are drawn from it. */
  random?: () => number
}

export const processPorts: WorkflowCommandPorts = {
  env: process.env,
  write: (text) => void process.stdout.write(text),
  appendFile: (path, text) => appendFileSync(path, text, { encoding: 'utf8' }),
  fileExists: existsSync,
  setExitCode: (code) => void (process.exitCode = code)
}

/** Escapes a command's message: the runner splits commands on line ends and decodes %XX. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a command property's value, where ':' and ',' also separate. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,key=value::message`, properties without a value left out. */
export function commandLine(name: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`
}

/** Draws a fresh one when a delimiter turns up in the text; past this, the random source is broken. */
const DELIMITER_DRAWS = 100

/**
 * A `name<<delimiter` block's delimiter, in @actions/core's form (`ghadelimiter_` and a UUID's
 * shape), that does not occur in the text, so no value can end its block early. It is checked
 * rather than trusted to be unguessable, so Math.random is enough: node:crypto's randomUUID would
 * add about 10 ms of module loading to every run.
 */
export function outputDelimiter(text: string, random: () => number): string {
  for (let draw = 0; draw < DELIMITER_DRAWS; draw++) {
    let hex = ''
    while (hex.length < 32) hex += Math.floor(random() * 0x10000).toString(16).padStart(4, '0')
    const delimiter = `ghadelimiter_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
    if (!text.includes(delimiter)) return delimiter
  }
  throw new Error(`no output delimiter absent from the value after ${DELIMITER_DRAWS} draws; the random source repeats itself`)
}

function annotationProperties(p: AnnotationProperties): Record<string, string | number | undefined> {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
}

export class WorkflowCommands {
  constructor(private readonly ports: WorkflowCommandPorts = processPorts) {}

  /** An action input, trimmed; '' when not set. */
  getInput(name: string): string {
    return (this.ports.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  }

  /** Masks the value in every later line of the log. */
  setSecret(secret: string): void {
    this.issue('add-mask', {}, secret)
  }

  info(message: string): void {
    this.ports.write(`${message}${EOL}`)
  }

  warning(message: string, where: AnnotationProperties = {}): void {
    this.issue('warning', annotationProperties(where), message)
  }

  error(message: string, where: AnnotationProperties = {}): void {
    this.issue('error', annotationProperties(where), message)
  }

  /** An error annotation and exit code 1. */
  setFailed(message: string): void {
    this.ports.setExitCode(1)
    this.error(message)
  }

  setOutput(name: string, value: string): void {
    const delimiter = outputDelimiter(`${name}\n${value}`, this.ports.random ?? Math.random)
    this.appendToFileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`)
  }

  /** Appends markdown to the job summary, followed by a line end. */
  appendSummary(markdown: string): void {
    this.appendToFileCommand('GITHUB_STEP_SUMMARY', `${markdown}${EOL}`)
  }

  private issue(name: string, properties: Record<string, string | number | undefined>, message: string): void {
    this.ports.write(`${commandLine(name, properties, message)}${EOL}`)
  }

  private appendToFileCommand(variable: 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY', text: string): void {
    const path = this.ports.env[variable]
    if (!path) throw new Error(`$${variable} is not set; expected to run as a step on a GitHub Actions runner`)
    if (!this.ports.fileExists(path)) throw new Error(`$${variable} names a file that does not exist: ${path}`)
    this.ports.appendFile(path, text)
  }
}
