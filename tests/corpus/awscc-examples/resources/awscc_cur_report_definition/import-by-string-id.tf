import {
  to = awscc_cur_report_definition.example
  id = "report_name"
}