import {
  to = awscc_bedrockagentcore_evaluator.example
  id = "evaluator_arn"
}