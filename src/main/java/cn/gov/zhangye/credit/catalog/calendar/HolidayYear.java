package cn.gov.zhangye.credit.catalog.calendar;

import cn.gov.zhangye.credit.catalog.BilingualName;
import java.util.List;

/** The holidays of one year and the notice that set them. */
public record HolidayYear(int year, BilingualName basis, List<Holiday> holidays) {

  public HolidayYear {
    holidays = List.copyOf(holidays);
  }
}
