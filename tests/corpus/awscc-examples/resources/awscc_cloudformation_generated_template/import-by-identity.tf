import {
  to = awscc_cloudformation_generated_template.example
  identity = {
    generated_template_id = "generated_template_id"
  }
}
