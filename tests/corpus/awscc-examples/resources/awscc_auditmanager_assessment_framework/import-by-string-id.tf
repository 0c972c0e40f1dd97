import {
  to = awscc_auditmanager_assessment_framework.example
  id = "arn"
}