package cn.gov.zhangye.credit.access.audit;

/** Where a lane (one hash chain) ends: the position and hash of its last entry. */
record LaneHead(String lane, long seq, String hash) {}
