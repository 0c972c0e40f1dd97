import {
  to = awscc_wellarchitected_review_template.example
  identity = {
    template_arn = "template_arn"
  }
}
