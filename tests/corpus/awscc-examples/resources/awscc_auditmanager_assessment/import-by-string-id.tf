import {
  to = awscc_auditmanager_assessment.example
  id = "assessment_id"
}