import {
  to = awscc_pinpoint_in_app_template.example
  id = "template_name"
}