//! Outgoing mail with two real backends: SMTP (lettre) for production, and a file outbox
//! (`<data.dir>/outbox/*.eml`, each path logged) so a newcomer in embedded mode can open the
//! verification link without a mail server.

use std::path::PathBuf;
use std::time::Duration;

use kernel::config::{Config, MailBackend, SmtpSecurity};
use kernel::{AppError, AppResult};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

/// One message to send.
#[derive(Debug, Clone)]
pub struct Mail {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// The configured mail backend.
#[derive(Clone)]
pub enum Mailer {
    /// `.eml` files in a directory.
    Outbox {
        /// The directory.
        dir: PathBuf,
        /// Sender.
        from: String,
    },
    /// An SMTP server.
    Smtp {
        /// The transport (pooled connections).
        transport: AsyncSmtpTransport<Tokio1Executor>,
        /// Sender.
        from: String,
    },
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Outbox { dir, .. } => write!(f, "Mailer::Outbox({})", dir.display()),
            Mailer::Smtp { .. } => f.write_str("Mailer::Smtp"),
        }
    }
}

impl Mailer {
    /// The backend the configuration asks for.
    pub fn from_config(config: &Config) -> AppResult<Self> {
        let mail = &config.identity.mail;
        let from = mail.from.clone();
        match mail.backend {
            MailBackend::Outbox => {
                let dir = config.data.dir.join("outbox");
                tracing::info!(dir = %dir.display(), "mail goes to the file outbox");
                Ok(Mailer::Outbox { dir, from })
            }
            MailBackend::Smtp => {
                let builder = match mail.smtp_security {
                    SmtpSecurity::None => {
                        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&mail.smtp_host)
                    }
                    SmtpSecurity::Starttls => {
                        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&mail.smtp_host)
                            .map_err(AppError::internal)?
                    }
                    SmtpSecurity::Tls => {
                        AsyncSmtpTransport::<Tokio1Executor>::relay(&mail.smtp_host)
                            .map_err(AppError::internal)?
                    }
                };
                let mut builder = builder
                    .port(mail.smtp_port)
                    .timeout(Some(Duration::from_secs(10)));
                if !mail.smtp_username.is_empty() {
                    let password = mail
                        .smtp_password
                        .as_ref()
                        .map(|p| p.expose_secret().to_owned())
                        .unwrap_or_default();
                    builder =
                        builder.credentials(Credentials::new(mail.smtp_username.clone(), password));
                }
                tracing::info!(host = %mail.smtp_host, port = mail.smtp_port, "mail goes to SMTP");
                Ok(Mailer::Smtp {
                    transport: builder.build(),
                    from,
                })
            }
        }
    }

    fn build(from: &str, mail: &Mail) -> AppResult<Message> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| AppError::internal(anyhow::anyhow!("identity.mail.from: {e}")))?;
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|_| AppError::invalid_field("email", "cannot be used as a mail recipient"))?;
        Message::builder()
            .from(from)
            .to(to)
            .subject(mail.subject.clone())
            // Quoted-printable always, so links survive any relay and are easy to read.
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .header(ContentTransferEncoding::QuotedPrintable)
                    .body(mail.body.clone()),
            )
            .map_err(AppError::internal)
    }

    /// Send (or write) one message.
    pub async fn send(&self, mail: &Mail) -> AppResult<()> {
        match self {
            Mailer::Outbox { dir, from } => {
                let message = Self::build(from, mail)?;
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(AppError::internal)?;
                let name = format!(
                    "{}-{}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ"),
                    uuid::Uuid::new_v4().simple()
                );
                let path = dir.join(name);
                let tmp = path.with_extension("tmp");
                tokio::fs::write(&tmp, message.formatted())
                    .await
                    .map_err(AppError::internal)?;
                tokio::fs::rename(&tmp, &path)
                    .await
                    .map_err(AppError::internal)?;
                tracing::info!(path = %path.display(), subject = %mail.subject, "mail written to the outbox");
                Ok(())
            }
            Mailer::Smtp { transport, from } => {
                let message = Self::build(from, mail)?;
                transport.send(message).await.map_err(|e| {
                    AppError::internal(anyhow::anyhow!("SMTP delivery failed: {e}"))
                })?;
                tracing::info!(subject = %mail.subject, "mail handed to SMTP");
                Ok(())
            }
        }
    }

    /// Send, logging instead of failing: used where the mail is a courtesy (alerts) or can be
    /// requested again (verification links).
    pub async fn send_logged(&self, mail: &Mail) {
        if let Err(e) = self.send(mail).await {
            tracing::error!(error = %e, subject = %mail.subject, "mail not sent");
        }
    }
}
