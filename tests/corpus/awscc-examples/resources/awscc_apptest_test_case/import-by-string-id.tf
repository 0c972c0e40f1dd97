import {
  to = awscc_apptest_test_case.example
  id = "test_case_id"
}