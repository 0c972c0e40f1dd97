import {
  to = awscc_pinpoint_in_app_template.example
  identity = {
    template_name = "template_name"
  }
}
