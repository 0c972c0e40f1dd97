import {
  to = awscc_bedrockagentcore_online_evaluation_config.example
  id = "online_evaluation_config_arn"
}