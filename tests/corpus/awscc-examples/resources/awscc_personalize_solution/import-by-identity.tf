import {
  to = awscc_personalize_solution.example
  identity = {
    solution_arn = "solution_arn"
  }
}
