import {
  to = awscc_apptest_test_case.example
  identity = {
    test_case_id = "test_case_id"
  }
}
