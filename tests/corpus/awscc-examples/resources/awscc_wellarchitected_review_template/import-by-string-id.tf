import {
  to = awscc_wellarchitected_review_template.example
  id = "template_arn"
}