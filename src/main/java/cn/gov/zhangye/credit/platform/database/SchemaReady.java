package cn.gov.zhangye.credit.platform.database;

/**
 * Fired once the database schema is migrated, at start or when a database that was down comes back:
 * features that keep start-up facts in the database observe it.
 */
public record SchemaReady() {}
