// The one place that decides who may do what. Procedure builders check the role; domain
// functions call these helpers with the entity in hand to check region scope. One file per
// concern; import them all from here.
export { ALL_ROLES, assertAdmin, HOTLINE_ROLES, hasRole, isAdmin, MODERATION_ROLES, STAFF_ROLES, type Actor, type RegionScope } from './actor';
export { assertCoversRegions, coversRegions, reportScopeSql, rumorScopeFilter, rumorScopeSql } from './regions';
export { assertCanManageSource, canManageSource, sourceScopeFilter } from './sources';
export { assertCanViewSmsLog, canSeeSmsPhoneNumbers, canViewSmsLog, smsScopeSql } from './sms-log';
export { canReadContact } from './contacts';
export { assertCanManageStaff, assertNotSelf, canManageStaff } from './staff';
export { assertCanEnterReportsOnBehalf, canEnterReportsOnBehalf } from './hotline';
