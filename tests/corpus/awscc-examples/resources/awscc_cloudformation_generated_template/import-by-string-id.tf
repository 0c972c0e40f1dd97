import {
  to = awscc_cloudformation_generated_template.example
  id = "generated_template_id"
}