/** Colour on a terminal, off in pipes and files; NO_COLOR and FORCE_COLOR as everyone expects. */
export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === false) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
