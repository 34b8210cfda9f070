package cn.gov.zhangye.credit.architecture.violations.access;

/** Something of the access feature: who calls. */
public class CallerIdentity {}
