package cn.gov.zhangye.credit.architecture.violations.exchange.spi;

/** Stands for the exchange SPI, which adapters may use. */
public interface Delivery {}
