import { describe, expect, it } from '@jest/globals'
import { readWorkflowEvent } from '../src/github/event.js'
import { commandLine, escapeData, escapeProperty, outputDelimiter, WorkflowCommands, type WorkflowCommandPorts } from '../src/github/workflow-commands.js'

function fakeRunner(env: Record<string, string> = {}, random?: () => number) {
  const files = new Map<string, string>([
    ['/out', ''],
    ['/summary', '']
  ])
  const log: string[] = []
  let exitCode: number | undefined
  const ports: WorkflowCommandPorts = {
    env: { GITHUB_OUTPUT: '/out', GITHUB_STEP_SUMMARY: '/summary', ...env },
    write: (text) => void log.push(text),
    appendFile: (path, text) => void files.set(path, (files.get(path) ?? '') + text),
    fileExists: (path) => files.has(path),
    setExitCode: (code) => void (exitCode = code),
    ...(random ? { random } : {})
  }
  return { commands: new WorkflowCommands(ports), files, log, exitCode: () => exitCode }
}

describe('workflow commands', () => {
  it('escapes messages and properties the way the runner decodes them', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
    expect(commandLine('error', { file: 'x.yml', line: 3, col: 0, title: undefined }, 'bad')).toBe('::error file=x.yml,line=3::bad')
    expect(commandLine('warning', {}, 'two\nlines')).toBe('::warning::two%0Alines')
  })

  it('annotates at a file position, masks secrets and fails with exit code 1', () => {
    const r = fakeRunner()
    r.commands.error('over budget', { file: '.github/image-cost.yml', startLine: 12, startColumn: 5 })
    r.commands.warning('near budget')
    r.commands.setSecret('ghs_secret%value')
    r.commands.info('plain line')
    r.commands.setFailed('the gate failed')
    expect(r.log).toEqual([
      '::error file=.github/image-cost.yml,line=12,col=5::over budget\n',
      '::warning::near budget\n',
      '::add-mask::ghs_secret%25value\n',
      'plain line\n',
      '::error::the gate failed\n'
    ])
    expect(r.exitCode()).toBe(1)
  })

  it('reads inputs as the runner sets them: INPUT_ + upper case, spaces as underscores, trimmed', () => {
    const r = fakeRunner({ 'INPUT_GITHUB-TOKEN': '  tok \n', INPUT_FAIL_ON: 'never' })
    expect(r.commands.getInput('github-token')).toBe('tok')
    expect(r.commands.getInput('fail on')).toBe('never')
    expect(r.commands.getInput('missing')).toBe('')
  })

  it('writes outputs as delimited blocks that keep multi-line values whole', () => {
    const r = fakeRunner()
    r.commands.setOutput('comment-body', 'line 1\nline 2')
    r.commands.setOutput('status', 'pass')
    const text = r.files.get('/out') ?? ''
    const blocks = [...text.matchAll(/^([^<\n]+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/gm)].map((m) => [m[1], m[3]])
    expect(blocks).toEqual([
      ['comment-body', 'line 1\nline 2'],
      ['status', 'pass']
    ])
  })

  it('draws a delimiter that is not in the value, even when the value holds the one drawn first', () => {
    // A source that repeats 0.25, then 0.5: the first draw is ghadelimiter_40004000-4000-..., the next 80008000-....
    const sequence = (values: number[]) => {
      let i = 0
      return () => values[Math.min(Math.floor(i++ / 8), values.length - 1)] as number
    }
    const first = outputDelimiter('', sequence([0.25]))
    expect(first).toBe('ghadelimiter_40004000-4000-4000-4000-400040004000')
    const r = fakeRunner({}, sequence([0.25, 0.5]))
    r.commands.setOutput('comment-body', `before\n${first}\nafter`)
    expect(r.files.get('/out')).toBe(
      `comment-body<<ghadelimiter_80008000-8000-8000-8000-800080008000\nbefore\n${first}\nafter\nghadelimiter_80008000-8000-8000-8000-800080008000\n`
    )
    expect(() => outputDelimiter(first, () => 0.25)).toThrow('the random source repeats itself')
  })

  it('draws a different delimiter for each output', () => {
    const r = fakeRunner()
    r.commands.setOutput('a', '1')
    r.commands.setOutput('b', '2')
    const delimiters = [...(r.files.get('/out') ?? '').matchAll(/<<(\S+)/g)].map((m) => m[1])
    expect(delimiters).toHaveLength(2)
    expect(delimiters[0]).not.toBe(delimiters[1])
  })

  it('appends to the job summary, and says what is missing outside a runner', () => {
    const r = fakeRunner()
    r.commands.appendSummary('### one')
    r.commands.appendSummary('### two')
    expect(r.files.get('/summary')).toBe('### one\n### two\n')
    const bare = new WorkflowCommands({ env: {}, write: () => undefined, appendFile: () => undefined, fileExists: () => false, setExitCode: () => undefined })
    expect(() => bare.setOutput('status', 'pass')).toThrow('$GITHUB_OUTPUT is not set')
    const gone = new WorkflowCommands({ env: { GITHUB_STEP_SUMMARY: '/nope' }, write: () => undefined, appendFile: () => undefined, fileExists: () => false, setExitCode: () => undefined })
    expect(() => gone.appendSummary('x')).toThrow('names a file that does not exist: /nope')
  })
})

describe('the workflow event', () => {
  const payload = JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } } })
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json', GITHUB_REPOSITORY: 'octo/repo', GITHUB_SHA: 'd'.repeat(40) }

  it('reads the pull request, the repository and the commit', () => {
    expect(readWorkflowEvent(env, () => payload)).toEqual({
      name: 'pull_request',
      repo: { owner: 'octo', repo: 'repo' },
      sha: 'd'.repeat(40),
      pullRequest: { number: 7, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40) }
    })
    expect(readWorkflowEvent({ ...env, GITHUB_EVENT_NAME: 'pull_request_target' }, () => payload).pullRequest?.number).toBe(7)
  })

  it('has no pull request on other events, or when the payload is missing, unreadable or malformed', () => {
    expect(readWorkflowEvent({ ...env, GITHUB_EVENT_NAME: 'push' }, () => payload).pullRequest).toBeUndefined()
    expect(readWorkflowEvent({ ...env, GITHUB_EVENT_PATH: undefined }, () => payload).pullRequest).toBeUndefined()
    expect(
      readWorkflowEvent(env, () => {
        throw new Error('ENOENT')
      }).pullRequest
    ).toBeUndefined()
    expect(readWorkflowEvent(env, () => '{not json').pullRequest).toBeUndefined()
    expect(readWorkflowEvent(env, () => 'null').pullRequest).toBeUndefined()
    expect(readWorkflowEvent(env, () => JSON.stringify({ pull_request: { number: '7', base: { sha: 'x' } } })).pullRequest).toBeUndefined()
  })

  it('reads an empty repository outside a runner', () => {
    expect(readWorkflowEvent({}, () => '').repo).toEqual({ owner: '', repo: '' })
  })
})
