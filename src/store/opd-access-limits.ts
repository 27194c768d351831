/** How long an OPD access link lasts by default and at most (days); kept apart so `--help` loads no schema code. */
export const DEFAULT_VALID_DAYS = 30;
export const MAX_VALID_DAYS = 366;
