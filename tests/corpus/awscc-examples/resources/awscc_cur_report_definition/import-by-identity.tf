import {
  to = awscc_cur_report_definition.example
  identity = {
    report_name = "report_name"
  }
}
