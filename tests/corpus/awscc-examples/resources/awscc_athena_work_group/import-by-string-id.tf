import {
  to = awscc_athena_work_group.example
  id = "name"
}