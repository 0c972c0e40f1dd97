import {
  to = awscc_bedrock_blueprint.example
  id = "blueprint_arn"
}