import { describe, expect, it } from '@jest/globals'
import { workflowEvent, type EventContext } from '../src/github/event.js'

describe('the workflow event', () => {
  const payload = { number: 7, pull_request: { number: 7, base: { sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } } }
  const context: EventContext = { eventName: 'pull_request', sha: 'd'.repeat(40), payload }

  it('reads the pull request, the repository and the commit', () => {
    expect(workflowEvent(context, 'octo/repo')).toEqual({
      name: 'pull_request',
      repo: { owner: 'octo', repo: 'repo' },
      sha: 'd'.repeat(40),
      pullRequest: { number: 7, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40) }
    })
    expect(workflowEvent({ ...context, eventName: 'pull_request_target' }, 'octo/repo').pullRequest?.number).toBe(7)
  })

  it('has no pull request on other events, or when the payload is missing or malformed', () => {
    expect(workflowEvent({ ...context, eventName: 'push' }, 'octo/repo').pullRequest).toBeUndefined()
    expect(workflowEvent({ ...context, payload: {} }, 'octo/repo').pullRequest).toBeUndefined()
    expect(workflowEvent({ ...context, payload: { pull_request: null } }, 'octo/repo').pullRequest).toBeUndefined()
    expect(workflowEvent({ ...context, payload: { pull_request: { number: '7', base: { sha: 'x' } } } }, 'octo/repo').pullRequest).toBeUndefined()
  })

  it('reads an empty repository outside a runner', () => {
    expect(workflowEvent(context, '').repo).toEqual({ owner: '', repo: '' })
  })
})
