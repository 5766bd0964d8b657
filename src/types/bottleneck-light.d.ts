/** The light build of Bottleneck (no clustering), the one @octokit/plugin-throttling loads. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
