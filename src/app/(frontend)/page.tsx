import Link from 'next/link'

/** The front door: where staff, residents and the lobby screen each start. */
export default function HomePage() {
  return (
    <main className="home">
      <h1>
        屋苑管理處
        <span lang="en" className="home__en">
          Estate Office
        </span>
      </h1>
      <nav aria-label="入口 Entrances">
        <ul className="home__links">
          <li>
            <Link href="/portal">
              住戶網上服務
              <span lang="en" className="home__en">
                Resident portal
              </span>
            </Link>
          </li>
          <li>
            <Link href="/admin">
              員工登入
              <span lang="en" className="home__en">
                Staff sign-in
              </span>
            </Link>
          </li>
        </ul>
      </nav>
    </main>
  )
}
