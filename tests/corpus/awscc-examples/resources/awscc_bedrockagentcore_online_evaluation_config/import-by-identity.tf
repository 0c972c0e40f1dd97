import {
  to = awscc_bedrockagentcore_online_evaluation_config.example
  identity = {
    online_evaluation_config_arn = "online_evaluation_config_arn"
  }
}
