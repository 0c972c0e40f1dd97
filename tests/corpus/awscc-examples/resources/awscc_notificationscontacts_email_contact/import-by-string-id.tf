import {
  to = awscc_notificationscontacts_email_contact.example
  id = "arn"
}