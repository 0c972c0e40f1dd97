import {
  to = awscc_bedrock_intelligent_prompt_router.example
  id = "prompt_router_arn"
}