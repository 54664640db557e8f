/** A loud, specific failure of the data build: it always names the file at fault. */
export class DataBuildError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DataBuildError';
  }
}
