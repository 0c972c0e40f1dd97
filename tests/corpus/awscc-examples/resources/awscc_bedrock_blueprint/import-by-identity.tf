import {
  to = awscc_bedrock_blueprint.example
  identity = {
    blueprint_arn = "blueprint_arn"
  }
}
