-- Audit actions got one typed registry (server/audit/actions.ts) with one naming rule,
-- `<entity>.<what happened>` in snake_case. Rows written under the older names are renamed so a
-- rumour's history and the audit log keep saying them in words. Data only: no schema change.
UPDATE "AuditEvent"
SET action = CASE action
  WHEN 'region.riskUpdated' THEN 'region.risk_updated'
  WHEN 'riskTerm.added' THEN 'risk_term.added'
  WHEN 'riskTerm.removed' THEN 'risk_term.removed'
  WHEN 'sms.gatewaySecret.created' THEN 'sms_gateway_secret.created'
  WHEN 'sms.gatewaySecret.revoked' THEN 'sms_gateway_secret.revoked'
  WHEN 'sms.language.changed' THEN 'sms_contact.language_changed'
  WHEN 'subscription.sms.subscribed' THEN 'subscription.sms_subscribed'
  WHEN 'subscription.sms.stopped' THEN 'subscription.sms_stopped'
  WHEN 'seed.demo' THEN 'seed.demo_loaded'
  WHEN 'sms.smpp.settings_changed' THEN 'smpp_settings.updated'
END
WHERE action IN (
  'region.riskUpdated', 'riskTerm.added', 'riskTerm.removed', 'sms.gatewaySecret.created', 'sms.gatewaySecret.revoked',
  'sms.language.changed', 'subscription.sms.subscribed', 'subscription.sms.stopped', 'seed.demo',
  'sms.smpp.settings_changed'
);
