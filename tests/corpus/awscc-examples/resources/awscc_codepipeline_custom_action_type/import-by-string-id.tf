import {
  to = awscc_codepipeline_custom_action_type.example
  id = "category|provider_name|version"
}