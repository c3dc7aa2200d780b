-- 专项权限: rights beyond the role, granted to one account by name (Permission enum names). Only a
-- regulator's account may hold any; the platform admin grants and revokes them, each change audited.
ALTER TABLE identity.account ADD COLUMN permissions TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE identity.account ADD CONSTRAINT permissions_only_for_regulators
    CHECK (role = 'REGULATOR' OR permissions = '{}');
