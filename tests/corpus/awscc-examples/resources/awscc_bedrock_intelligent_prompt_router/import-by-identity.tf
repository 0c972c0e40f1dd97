import {
  to = awscc_bedrock_intelligent_prompt_router.example
  identity = {
    prompt_router_arn = "prompt_router_arn"
  }
}
