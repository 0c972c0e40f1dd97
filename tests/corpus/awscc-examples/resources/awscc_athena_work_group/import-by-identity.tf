import {
  to = awscc_athena_work_group.example
  identity = {
    name = "name"
  }
}
