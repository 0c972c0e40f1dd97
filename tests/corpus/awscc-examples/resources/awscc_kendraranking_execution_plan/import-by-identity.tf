import {
  to = awscc_kendraranking_execution_plan.example
  identity = {
    id = "id"
  }
}
