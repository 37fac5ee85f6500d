export const ROLES = ['applicant', 'county', 'city', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who issues a command, as the API authenticated them. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
  /** For `county`: the county code it acts for. */
  readonly county?: string;
  /** For `applicant`: the platform it acts for. */
  readonly platformId?: string;
}
