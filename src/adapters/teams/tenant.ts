// The bot belongs to one organisation: activities from any other tenant are not answered.
import type { Logger } from '../../logger.js';
import type { Place } from './place.js';

/** True when the activity comes from TEAMS_TENANT_ID; otherwise logs (ids only) and returns false. */
export function fromOwnTenant(place: Place, tenantId: string, logger: Logger): boolean {
  if (place.tenantId?.toLowerCase() === tenantId.toLowerCase()) return true;
  logger.warn({ tenant: place.tenantId ?? 'none' }, 'Teams: ignoring an activity from another tenant');
  return false;
}
