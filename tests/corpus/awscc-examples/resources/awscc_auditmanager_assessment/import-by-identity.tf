import {
  to = awscc_auditmanager_assessment.example
  identity = {
    assessment_id = "assessment_id"
  }
}
