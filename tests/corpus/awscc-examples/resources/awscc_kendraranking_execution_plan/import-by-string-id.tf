import {
  to = awscc_kendraranking_execution_plan.example
  id = "id"
}