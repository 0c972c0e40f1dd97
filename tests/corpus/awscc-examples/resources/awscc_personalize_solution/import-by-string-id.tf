import {
  to = awscc_personalize_solution.example
  id = "solution_arn"
}