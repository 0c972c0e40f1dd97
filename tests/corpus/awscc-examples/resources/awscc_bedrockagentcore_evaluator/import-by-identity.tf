import {
  to = awscc_bedrockagentcore_evaluator.example
  identity = {
    evaluator_arn = "evaluator_arn"
  }
}
