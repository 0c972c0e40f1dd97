import {
  to = awscc_connect_test_case.example
  identity = {
    test_case_arn = "test_case_arn"
  }
}
