// The one place that decides who may do what. Procedure builders check the role; domain
// functions call these helpers with the entity in hand to check region scope. One file per
// concern; import them all from here.
export { assertAdmin, hasRole, isAdmin, MODERATION_ROLES, STAFF_ROLES, type Actor } from './actor';
export { assertCoversRegions, coversRegions, reportScopeSql, rumorScopeFilter, rumorScopeSql } from './regions';
export { assertCanManageSource, canManageSource, sourceScopeFilter } from './sources';
export { assertCanViewSmsLog, canViewSmsLog } from './sms-log';
export { canReadContact } from './contacts';

