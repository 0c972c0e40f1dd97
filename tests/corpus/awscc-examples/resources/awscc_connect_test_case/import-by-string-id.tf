import {
  to = awscc_connect_test_case.example
  id = "test_case_arn"
}