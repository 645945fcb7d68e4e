import Testing
import ZhengceCorpus

/// Contract dates as full ISO dates with their precision.
@Suite struct DateValueTests {
  @Test func aDeadlineIsThePeriodsLastDay() {
    // hunan-2018-deep-poverty-plan.txt: 到2020年 … → deadline "2020".
    #expect(DateValue.deadline("2020") == DateValue(date: "2020-12-31", precision: .year))
    // task-table fixture: 2024年6月底前 → "2024-06".
    #expect(DateValue.deadline("2024-06") == DateValue(date: "2024-06-30", precision: .month))
    #expect(DateValue.deadline("2020-02") == DateValue(date: "2020-02-29", precision: .month))
    #expect(DateValue.deadline("2019-12-31") == DateValue(date: "2019-12-31", precision: .day))
  }

  @Test func aDocumentDateIsThePeriodsFirstDay() {
    #expect(DateValue.start("2020") == DateValue(date: "2020-01-01", precision: .year))
    #expect(DateValue.start("2018-06") == DateValue(date: "2018-06-01", precision: .month))
  }

  @Test func whatIsNotADateIsNil() {
    #expect(DateValue.deadline(nil) == nil)
    #expect(DateValue.deadline("长期坚持") == nil)
    #expect(DateValue.deadline("2021-02-30") == nil)
    #expect(DateValue.deadline("2020-13") == nil)
  }
}
